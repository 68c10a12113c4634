"""Soạn báo cáo: Decree 30/2020/NĐ-CP administrative reports (BÁO CÁO)."""

# The one place the version is written; pyproject.toml and the bundle read it from here
# (importlib.metadata would cost every command-line start-up ~15 ms).
__version__ = "0.1.0"

APP_NAME = "Soạn báo cáo"
APP_ID = "lanson-report"
