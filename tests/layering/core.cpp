// What the core layer sees: its own and lower layers' headers, never a higher one's.
#if !__has_include("order.h")
#error "the core layer must see order.h"
#endif
#if !__has_include("staffevent.h")
#error "the core layer must see staffevent.h"
#endif
#if __has_include("logging.h")
#error "the core layer must not see logging.h"
#endif
#if __has_include("store.h")
#error "the core layer must not see store.h"
#endif
#if __has_include("serversettings.h")
#error "the core layer must not see serversettings.h"
#endif
#if __has_include("ratelimiter.h")
#error "the core layer must not see ratelimiter.h"
#endif
#if __has_include("apirouter.h")
#error "the core layer must not see apirouter.h"
#endif
#if __has_include("realtimeserver.h")
#error "the core layer must not see realtimeserver.h"
#endif
#if __has_include("guestroutes.h")
#error "the core layer must not see guestroutes.h"
#endif
#if __has_include("tablesideserver.h")
#error "the core layer must not see tablesideserver.h"
#endif
#if __has_include("mainwindow.h")
#error "the core layer must not see mainwindow.h"
#endif
