"""The dashboards of a district and of a province, their view-models and tables."""
