"""The coordinator's Kanban board: model, card painting, the view, dialogs."""
