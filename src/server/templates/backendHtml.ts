/** The tutorial's backend.html. */
export const backendHtml = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>backend</title></head>
<body>
<h3>欢迎 {{ username }} 登录 / Welcome, {{ username }}</h3>
<a href="/logout/">注销 / log out</a>
</body>
</html>
`;
