"""`rostra demo` makes an admin account whose random password is kept in the data folder."""

import stat

import pytest
from django.contrib.auth import get_user_model

from rostra.demo.admin_account import PASSWORD_FILE, ensure_admin

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_it_keeps_the_admin_password_private_and_reuses_it(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    password, created = ensure_admin()
    assert created and len(password) >= 12
    path = tmp_path / PASSWORD_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)

    assert ensure_admin() == (password, False)


def test_it_reuses_a_kept_password_for_a_new_account(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    (tmp_path / PASSWORD_FILE).write_text("kept-password-123\n")
    assert ensure_admin() == ("kept-password-123", True)
    assert get_user_model().objects.get(username="admin").check_password("kept-password-123")
