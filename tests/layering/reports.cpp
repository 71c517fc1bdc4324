// What the reports layer sees: its own and lower layers' headers, never a higher one's.
#if !__has_include("store.h")
#error "the reports layer must see store.h"
#endif
#if !__has_include("apirouter.h")
#error "the reports layer must see apirouter.h"
#endif
#if !__has_include("reportquery.h")
#error "the reports layer must see reportquery.h"
#endif
#if __has_include("realtimeserver.h")
#error "the reports layer must not see realtimeserver.h"
#endif
#if __has_include("guestroutes.h")
#error "the reports layer must not see guestroutes.h"
#endif
#if __has_include("tablesideserver.h")
#error "the reports layer must not see tablesideserver.h"
#endif
#if __has_include("commandline.h")
#error "the reports layer must not see commandline.h"
#endif
#if __has_include("reportcommand.h")
#error "the reports layer must not see reportcommand.h"
#endif
