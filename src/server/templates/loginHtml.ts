/** The tutorial's login.html. */
export const loginHtml = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>login</title></head>
<body>
<h3>用户登录 / Log in</h3>
<form action="/login/" method="post">
    <p>用户名 / user: <input type="text" name="user"></p>
    <p>密码 / password: <input type="password" name="pwd"></p>
    <input type="submit" value="登录 / log in">
</form>
</body>
</html>
`;
