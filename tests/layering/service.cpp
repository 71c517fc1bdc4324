// What the service layer sees: its own and lower layers' headers, never a higher one's.
#if !__has_include("store.h")
#error "the service layer must see store.h"
#endif
#if !__has_include("apirouter.h")
#error "the service layer must see apirouter.h"
#endif
#if !__has_include("deviceregistry.h")
#error "the service layer must see deviceregistry.h"
#endif
#if __has_include("realtimeserver.h")
#error "the service layer must not see realtimeserver.h"
#endif
#if __has_include("guestroutes.h")
#error "the service layer must not see guestroutes.h"
#endif
#if __has_include("tablesideserver.h")
#error "the service layer must not see tablesideserver.h"
#endif
