"""The project package, installed as ``ocp`` (the standard library owns ``site``): the
runtime only — settings, urls, wsgi, config from the environment, middleware, logs, the
health, error, sitemap and robots views, and ``api``, the one NinjaAPI that mounts every
room's router. It imports the apps; no app imports it."""
