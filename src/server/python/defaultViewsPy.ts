/** The tutorial's views.py, as a learner first sees it (same behaviour as the built-in views). */
export const DEFAULT_VIEWS_PY = `from django.shortcuts import render, redirect
from app01.models import UserInfo


def log_in(request):
    if request.method == "POST":
        user = request.POST.get("user")
        pwd = request.POST.get("pwd")
        if UserInfo.objects.filter(user=user, pwd=pwd):
            request.session["is_login"] = True
            request.session["username"] = user
            return redirect("/backend/")
    return render(request, "login.html")


def backend(request):
    if request.session.get("is_login"):
        username = request.session.get("username")
        return render(request, "backend.html", {"username": username})
    return redirect("/login/")


def log_out(request):
    try:
        del request.session["is_login"]
    except KeyError:
        pass
    return redirect("/login/")
`;

/** urls.py of the demo project: which function of views.py answers which path. */
export const VIEW_FOR_PATH: Readonly<Record<string, string>> = {
  "/login/": "log_in",
  "/backend/": "backend",
  "/logout/": "log_out",
};
