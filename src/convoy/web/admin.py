"""Admin pages for memberships (who is who in each mission) and the ways in."""

from django.contrib import admin

from convoy.web.models import ApiToken, Invitation, LoginAttempt, Membership


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "mission", "role", "delegation", "counterpart", "created_at"]
    list_filter = ["role", "mission"]
    search_fields = ["user__username", "user__email", "mission__slug"]
    autocomplete_fields = ["user"]
    raw_id_fields = ["delegation", "counterpart"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "mission", "role", "expires_at", "used_at", "created_by"]
    list_filter = ["role", "mission"]
    readonly_fields = ["digest", "used_at", "created_by", "created_at"]
    raw_id_fields = ["delegation", "counterpart"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created_at", "last_used_at"]
    readonly_fields = ["prefix", "digest", "created_at", "last_used_at"]


@admin.register(LoginAttempt)
class LoginAttemptAdmin(admin.ModelAdmin):
    list_display = ["username", "address", "at"]
    search_fields = ["username", "address"]
