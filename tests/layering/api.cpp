// What the api layer sees: its own and lower layers' headers, never a higher one's.
#if !__has_include("store.h")
#error "the api layer must see store.h"
#endif
#if !__has_include("ratelimiter.h")
#error "the api layer must see ratelimiter.h"
#endif
#if !__has_include("apirouter.h")
#error "the api layer must see apirouter.h"
#endif
#if __has_include("realtimeserver.h")
#error "the api layer must not see realtimeserver.h"
#endif
#if __has_include("guestroutes.h")
#error "the api layer must not see guestroutes.h"
#endif
#if __has_include("tablesideserver.h")
#error "the api layer must not see tablesideserver.h"
#endif
#if __has_include("commandline.h")
#error "the api layer must not see commandline.h"
#endif
#if __has_include("qrcommand.h")
#error "the api layer must not see qrcommand.h"
#endif
