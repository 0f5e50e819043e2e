/** The session part of the tutorial project's settings.py, as a learner first sees it. */
export const DEFAULT_SETTINGS_PY = `# settings.py: the session settings of the tutorial's project (Django 5.2).
# 会话相关的设置：保存后从下一个请求开始生效（runserver 会重新启动）。
# A change takes effect from the next request (runserver restarts).

SECRET_KEY = 'django-insecure-session-lab-demo-key'

SESSION_ENGINE = 'django.contrib.sessions.backends.db'
SESSION_COOKIE_NAME = 'sessionid'
SESSION_COOKIE_AGE = 60 * 60 * 24 * 7 * 2  # two weeks, in seconds / 两周（秒）
SESSION_COOKIE_DOMAIN = None
SESSION_COOKIE_PATH = '/'
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = 'Lax'
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_SAVE_EVERY_REQUEST = False
`;
