// What the printing layer sees: its own and lower layers' headers, never a higher one's.
#if !__has_include("store.h")
#error "the printing layer must see store.h"
#endif
#if !__has_include("serversettings.h")
#error "the printing layer must see serversettings.h"
#endif
#if !__has_include("printspooler.h")
#error "the printing layer must see printspooler.h"
#endif
#if __has_include("ratelimiter.h")
#error "the printing layer must not see ratelimiter.h"
#endif
#if __has_include("apirouter.h")
#error "the printing layer must not see apirouter.h"
#endif
#if __has_include("realtimeserver.h")
#error "the printing layer must not see realtimeserver.h"
#endif
#if __has_include("tablesideserver.h")
#error "the printing layer must not see tablesideserver.h"
#endif
