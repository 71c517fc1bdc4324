// What the http layer sees: its own and lower layers' headers, never a higher one's.
#if !__has_include("serversettings.h")
#error "the http layer must see serversettings.h"
#endif
#if !__has_include("ratelimiter.h")
#error "the http layer must see ratelimiter.h"
#endif
#if !__has_include("metrics.h")
#error "the http layer must see metrics.h"
#endif
#if __has_include("store.h")
#error "the http layer must not see store.h"
#endif
#if __has_include("apirouter.h")
#error "the http layer must not see apirouter.h"
#endif
#if __has_include("realtimeserver.h")
#error "the http layer must not see realtimeserver.h"
#endif
#if __has_include("guestroutes.h")
#error "the http layer must not see guestroutes.h"
#endif
#if __has_include("tablesideserver.h")
#error "the http layer must not see tablesideserver.h"
#endif
#if __has_include("commandline.h")
#error "the http layer must not see commandline.h"
#endif
