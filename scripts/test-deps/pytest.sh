# pytest: runs the Python package's tests (bindings/python/tests) from the Swift suite.
pip_install pytest=pytest
