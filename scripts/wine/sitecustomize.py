"""Wine 8.0 workarounds for the build interpreter only (scripts/windows-under-wine.sh).

Installed into the Windows Python that builds and tests under Wine; never part of the
bundle, and not needed on real Windows.
"""

import sys

sys.modules["_wmi"] = None  # type: ignore[assignment]  # wbemprox aborts (propsys.VariantToString)

import _winapi  # noqa: E402

if hasattr(_winapi, "CopyFile2"):  # unimplemented in Wine 8.0; shutil.copy2 then falls back
    del _winapi.CopyFile2
