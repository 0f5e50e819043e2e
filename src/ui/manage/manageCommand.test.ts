import { describe, expect, it } from "vitest";
import { manageOutput, parseManageCommand } from "./manageCommand.ts";

describe("parseManageCommand", () => {
  it("knows clearsessions, with or without a pasted python manage.py", () => {
    expect(parseManageCommand("clearsessions")).toEqual({ kind: "clearsessions" });
    expect(parseManageCommand("  python manage.py clearsessions ")).toEqual({
      kind: "clearsessions",
    });
    expect(parseManageCommand("clearsessions -v 2 --traceback")).toEqual({ kind: "clearsessions" });
    expect(parseManageCommand("")).toEqual({ kind: "empty" });
  });

  it("tells Django's own commands, which it does not run, from unknown ones", () => {
    expect(parseManageCommand("migrate")).toEqual({ kind: "notHere", name: "migrate" });
    expect(parseManageCommand("python manage.py flush --no-input")).toEqual({
      kind: "notHere",
      name: "flush",
    });
    expect(parseManageCommand("help shell")).toEqual({ kind: "notHere", name: "shell" });
  });

  it("answers other commands as Django does, suggesting a close match", () => {
    expect(parseManageCommand("frobnicate")).toEqual({
      kind: "unknown",
      name: "frobnicate",
      suggestion: null,
    });
    // Django's own "Did you mean migrate?" (difflib.get_close_matches over its commands).
    expect(parseManageCommand("migrat")).toEqual({
      kind: "unknown",
      name: "migrat",
      suggestion: "migrate",
    });
    for (const [typed, meant] of [
      ["sqlmigrat", "sqlmigrate"],
      ["tests", "test"],
      ["flsh", "flush"],
      ["python", null],
    ] as const)
      expect(parseManageCommand(typed)).toMatchObject({ suggestion: meant });
    expect(parseManageCommand("clearsession")).toEqual({
      kind: "unknown",
      name: "clearsession",
      suggestion: "clearsessions",
    });
  });

  it("restarts the server for runserver, and gives its help as Django does", () => {
    expect(parseManageCommand("runserver 0.0.0.0:8000")).toEqual({ kind: "runserver" });
    expect(parseManageCommand("help runserver")).toEqual({ kind: "help", topic: "runserver" });
    expect(parseManageCommand("runserver -h")).toEqual({ kind: "help", topic: "runserver" });
    const help = manageOutput({ kind: "help", topic: "runserver" }).text;
    expect(help.split("\n")[0]).toBe(
      "usage: manage.py runserver [-h] [--ipv6] [--nothreading] [--noreload]",
    );
    expect(manageOutput({ kind: "help", topic: null }).text).toContain(
      "[staticfiles]\n    collectstatic\n    findstatic\n    runserver",
    );
  });

  it("gives help in general and on clearsessions", () => {
    expect(parseManageCommand("help")).toEqual({ kind: "help", topic: null });
    expect(parseManageCommand("help clearsessions")).toEqual({
      kind: "help",
      topic: "clearsessions",
    });
    expect(parseManageCommand("clearsessions --help")).toEqual({
      kind: "help",
      topic: "clearsessions",
    });
    expect(parseManageCommand("help foo")).toMatchObject({ kind: "unknown", name: "foo" });
  });

  it("refuses arguments clearsessions does not take, as argparse does", () => {
    expect(parseManageCommand("clearsessions --all")).toEqual({
      kind: "usageError",
      message: "unrecognized arguments: --all",
    });
    expect(parseManageCommand("clearsessions -v 5")).toEqual({
      kind: "usageError",
      message: "argument -v/--verbosity: invalid choice: 5 (choose from 0, 1, 2, 3)",
    });
  });
});

describe("manageOutput", () => {
  it("prints Django's unknown-command message", () => {
    expect(manageOutput({ kind: "unknown", name: "foo", suggestion: null })).toEqual({
      stderr: true,
      text: "Unknown command: 'foo'\nType 'manage.py help' for usage.",
    });
  });

  it("lists every command of the project under its app, as Django 5.2's manage.py help does", () => {
    const text = manageOutput({ kind: "help", topic: null }).text;
    expect(text).toContain(
      "Available subcommands:\n\n[auth]\n    changepassword\n    createsuperuser\n\n[contenttypes]\n    remove_stale_contenttypes\n\n[django]\n    check\n",
    );
    expect(text).toContain("    testserver\n\n[sessions]\n    clearsessions\n\n[staticfiles]\n");
    expect(text.endsWith("[staticfiles]\n    collectstatic\n    findstatic\n    runserver")).toBe(
      true,
    );
  });
});
