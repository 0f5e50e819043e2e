class FlagCaptureMiddleware:
    """Sits inside SessionMiddleware.  Records request.session.accessed and
    .modified right after the view returned, before SessionMiddleware's
    process_response sees the response.  The values go into the per-request
    capture dict the recorder put into the WSGI environ."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        capture = request.META.get("conformance.capture")
        session = getattr(request, "session", None)
        if capture is not None and session is not None and capture.get("view_ran"):
            capture["accessed"] = bool(session.accessed)
            capture["modified"] = bool(session.modified)
        return response
