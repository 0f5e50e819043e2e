import { redirect } from "../http/HttpResponse.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import { truthy } from "../../engine/python/truthy.ts";
import type { View } from "./View.ts";

/** UserInfo.objects, as the tutorial's database holds it. */
export const USERS: Record<string, string> = { alice: "alice123", bob: "bob123" };

/** The tutorial's log_in view. */
export const logIn: View = async (request, env) => {
  if (request.method === "POST") {
    const user = request.POST.get("user");
    const pwd = request.POST.get("pwd");
    if (user !== null && Object.hasOwn(USERS, user) && USERS[user] === pwd) {
      await request.session!.setItem("is_login", true);
      await request.session!.setItem("username", user);
      return redirect("/backend/");
    }
  }
  return env.render(request, "login.html");
};

/** The tutorial's backend view. */
export const backend: View = async (request, env) => {
  if (truthy(await request.session!.get("is_login"))) {
    return env.render(request, "backend.html", {
      username: await request.session!.get("username"),
    });
  }
  return redirect("/login/");
};

/** The tutorial's log_out view: del request.session["is_login"], KeyError ignored. */
export const logOut: View = async (request) => {
  try {
    await request.session!.delItem("is_login");
  } catch (e) {
    if (!(e instanceof PythonError && e.pythonName === "KeyError")) throw e;
  }
  return redirect("/login/");
};
