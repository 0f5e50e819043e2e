from django.urls import path

from . import views

urlpatterns = [
    path("login/", views.log_in),
    path("backend/", views.backend),
    path("logout/", views.log_out),
    path("ops/", views.ops),
]
