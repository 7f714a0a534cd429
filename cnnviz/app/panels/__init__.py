"""One module per panel. Panels only draw snapshots; they never own training state."""
