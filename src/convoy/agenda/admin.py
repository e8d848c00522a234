"""Django admin for agendas: read-only views of versions, placements and planning runs.

Versions are made by the solver, by checked edits or by re-plans, never typed in here; the
only thing an organizer changes in the admin is whether a placement is confirmed.
"""

from django.contrib import admin

from convoy.agenda import models as a


class PlacementInline(admin.TabularInline):
    model = a.Placement
    extra = 0
    can_delete = False
    fields = ["key", "kind", "date", "start", "end", "venue", "participants", "confirmed"]
    readonly_fields = ["key", "kind", "date", "start", "end", "venue", "participants"]
    show_change_link = True


@admin.register(a.AgendaVersion)
class AgendaVersionAdmin(admin.ModelAdmin):
    list_display = ["mission", "number", "status", "origin", "created_at", "created_by", "gap"]
    list_filter = ["status", "origin"]
    search_fields = ["mission__slug", "mission__title", "note"]
    readonly_fields = [f.name for f in a.AgendaVersion._meta.fields]
    inlines = [PlacementInline]

    def has_add_permission(self, request: object) -> bool:
        return False


@admin.register(a.Placement)
class PlacementAdmin(admin.ModelAdmin):
    list_display = ["key", "version", "kind", "date", "start", "end", "venue", "confirmed"]
    list_filter = ["kind", "confirmed"]
    search_fields = ["key", "version__mission__slug"]
    readonly_fields = [
        *(f.name for f in a.Placement._meta.fields if f.name != "confirmed"),
        "delegations",
        "counterparts",
    ]

    def has_add_permission(self, request: object) -> bool:
        return False


@admin.register(a.PlanningRun)
class PlanningRunAdmin(admin.ModelAdmin):
    list_display = ["mission", "kind", "status", "progress", "message", "created_at", "version"]
    list_filter = ["status", "kind"]
    readonly_fields = [f.name for f in a.PlanningRun._meta.fields]

    def has_add_permission(self, request: object) -> bool:
        return False


@admin.register(a.ClosedSlot)
class ClosedSlotAdmin(admin.ModelAdmin):
    list_display = ["leg", "date", "start", "mission", "created_at"]
    list_filter = ["mission"]
