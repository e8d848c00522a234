"""Views: each one reads the request, asks the permissions module, calls services, renders."""
