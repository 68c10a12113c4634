"""Soạn báo cáo: Decree 30/2020/NĐ-CP administrative reports (BÁO CÁO)."""

from importlib import metadata as _metadata

APP_NAME = "Soạn báo cáo"
APP_ID = "lanson-report"

try:
    __version__ = _metadata.version(APP_ID)
except _metadata.PackageNotFoundError:  # running from a source tree or a bundle
    __version__ = "0.1.0"
