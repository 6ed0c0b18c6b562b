"""The front desk: the intake form and the material pre-check."""
