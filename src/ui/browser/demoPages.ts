/** The tutorial's pages, as the demo site's urlpatterns have them (each with its final slash). */
export const DEMO_PAGES = ["/login/", "/backend/", "/logout/"];
