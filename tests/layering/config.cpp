// What the config layer sees: its own and lower layers' headers, never a higher one's.
#if !__has_include("logging.h")
#error "the config layer must see logging.h"
#endif
#if !__has_include("serversettings.h")
#error "the config layer must see serversettings.h"
#endif
#if !__has_include("realtimesettings.h")
#error "the config layer must see realtimesettings.h"
#endif
#if __has_include("store.h")
#error "the config layer must not see store.h"
#endif
#if __has_include("ratelimiter.h")
#error "the config layer must not see ratelimiter.h"
#endif
#if __has_include("apirouter.h")
#error "the config layer must not see apirouter.h"
#endif
#if __has_include("realtimeserver.h")
#error "the config layer must not see realtimeserver.h"
#endif
#if __has_include("guestroutes.h")
#error "the config layer must not see guestroutes.h"
#endif
#if __has_include("tablesideserver.h")
#error "the config layer must not see tablesideserver.h"
#endif
