"""The till's configuration file: format, errors, precedence, and seeding a real store."""

from __future__ import annotations

import pytest

from pos_app.config import (
    ConfigError, TillConfig, apply_to_till, check_printer, config_paths, dump_config, load_config,
    load_config_for_start, parse_config, save_config, seed_store,
)
from pos_app.store import all_settings, open_store, set_setting

EXAMPLE = """
[hub]
url = "http://hub.example.lan:8765"
token = "tok-123"

[till]
store = "S7"
till = "T2"
language = "en"
offline_redeem_cap = 500
data_dir = "/var/lib/pos-till"
"""


def test_parse_reads_every_documented_key():
    config = parse_config(EXAMPLE)
    assert config == TillConfig(hub_url="http://hub.example.lan:8765", till_token="tok-123", store_id="S7",
                                till_id="T2", language="en", offline_redeem_cap=500, data_dir="/var/lib/pos-till")
    assert config.data_path().as_posix() == "/var/lib/pos-till"
    assert "data_dir" not in config.settings()


@pytest.mark.parametrize("text, fragment", [
    ("[hub]\nurl = 'hub.lan'\n", "http://"),
    ("[till]\nlanguage = 'de'\n", "ru, en, sk"),
    ("[till]\noffline_redeem_cap = -1\n", "0 or more"),
    ("[till]\nofline_cap = 5\n", "unknown key till.ofline_cap"),
    ("[hub]\nurl = \n", "not valid TOML"),
    ("hub = 'x'\n", "must be a table"),
])
def test_bad_files_say_what_is_wrong(text, fragment):
    with pytest.raises(ConfigError, match=fragment.replace(".", r"\.")):
        parse_config(text, "till.toml")


def test_user_file_overrides_site_file_key_by_key(tmp_path):
    site, user = tmp_path / "site.toml", tmp_path / "user.toml"
    site.write_text('[hub]\nurl = "http://site:1"\ntoken = "site-token"\n', encoding="utf-8")
    user.write_text('[hub]\ntoken = "user-token"\n', encoding="utf-8")
    config = load_config([site, user, tmp_path / "missing.toml"])
    assert (config.hub_url, config.till_token) == ("http://site:1", "user-token")


def test_env_variable_picks_the_only_file(tmp_path, monkeypatch):
    monkeypatch.setenv("POS_TILL_CONFIG", str(tmp_path / "x.toml"))
    assert config_paths() == [tmp_path / "x.toml"]


def test_save_then_load_round_trips_including_quotes_and_cyrillic(tmp_path):
    config = TillConfig(hub_url="https://hub:8443", till_token='a"b\\c', store_id="Магазин 1", offline_redeem_cap=0)
    path = save_config(config, tmp_path / "sub" / "till.toml")
    assert load_config([path]) == config
    assert dump_config(TillConfig()) == ""


def test_seed_store_writes_once_and_again_only_when_the_file_changes(tmp_path):
    store = open_store(tmp_path / "till.db")
    try:
        config = TillConfig(hub_url="http://hub:8765", till_token="tok")
        assert seed_store(store, config) == {"hub_url": "http://hub:8765", "till_token": "tok"}
        with store.write() as session:  # a supervisor changes the hub on the Settings screen
            set_setting(session, "hub_url", "http://other:1")
        assert seed_store(store, config) == {}
        with store.read() as session:
            assert all_settings(session)["hub_url"] == "http://other:1"
        changed = TillConfig(hub_url="http://hub:8765", till_token="new")
        assert seed_store(store, changed)["till_token"] == "new"
        with store.read() as session:
            assert all_settings(session)["till_token"] == "new"
            assert all_settings(session)["hub_url"] == "http://hub:8765"
        assert seed_store(store, TillConfig()) == {}
    finally:
        store.close()


def test_apply_to_till_reconnects_an_open_till_and_turns_the_demo_hub_off(tmp_path):
    from pos_app.till import TillServices

    services = TillServices.open(tmp_path / "till.db", seed=True, start_sync=False)
    try:
        services.update_settings(demo_hub=True)
        written = apply_to_till(services, TillConfig(hub_url="http://hub.lan:8765", till_token="tok", store_id="S2"))
        assert written == {"hub_url": "http://hub.lan:8765", "till_token": "tok", "store_id": "S2"}
        settings = services.settings()
        assert (settings["hub_url"], settings["till_token"], settings["demo_hub"]) == ("http://hub.lan:8765", "tok", False)
        assert services.hub.base_url == "http://hub.lan:8765"
        assert services.hub.session.headers["Authorization"] == "Bearer tok"
        assert apply_to_till(services, TillConfig(hub_url="http://hub.lan:8765", till_token="tok", store_id="S2")) == {}
    finally:
        services.close()


PRINTER = '[printer]\nkind = "network"\nhost = "192.168.1.50"\nprofile = "POS-5890"\ncolumns = 32\nstatus_check = false\n'


def test_printer_table_seeds_the_printer_setting_and_round_trips(tmp_path):
    config = parse_config(PRINTER)
    assert config.printer == {"kind": "network", "host": "192.168.1.50", "profile": "POS-5890", "columns": 32,
                              "status_check": False}
    check_printer(config)
    assert load_config([save_config(config, tmp_path / "till.toml")]) == config
    store = open_store(tmp_path / "till.db")
    try:
        assert seed_store(store, config)["printer"]["host"] == "192.168.1.50"
        with store.read() as session:
            assert all_settings(session)["printer"]["profile"] == "POS-5890"
    finally:
        store.close()


def test_a_wrong_printer_table_is_refused_and_writes_nothing(tmp_path):
    config = parse_config('[hub]\ntoken = "t"\n[printer]\nkind = "network"\ncode_page = "KOI8"\n')
    with pytest.raises(ConfigError, match="code_page"):
        check_printer(config)
    store = open_store(tmp_path / "till.db")
    try:
        with pytest.raises(ConfigError):
            seed_store(store, config)
        with store.read() as session:
            assert all_settings(session)["till_token"] == ""
    finally:
        store.close()


def test_at_start_a_broken_file_is_reported_and_ignored(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "till.toml"
    bad.write_text("[hub\n", encoding="utf-8")
    monkeypatch.setenv("POS_TILL_CONFIG", str(bad))
    assert load_config_for_start() == TillConfig()
    assert "configuration file ignored" in capsys.readouterr().err


FISCAL = ('[fiscal]\ndriver = "atol"\npoints_on_receipt = "payment"\ntaxation = "usn_income"\n'
          '[fiscal.connection]\nport = "com"\ndevice = "COM5"\nbaudrate = 115200\n')


def test_fiscal_table_seeds_the_register_setting_and_round_trips(tmp_path):
    config = parse_config(FISCAL)
    assert config.fiscal == {"driver": "atol", "taxation": "usn_income",
                             "connection": {"port": "com", "device": "COM5", "baudrate": 115200}}
    assert config.points_on_fiscal_receipt == "payment"
    assert load_config([save_config(config, tmp_path / "till.toml")]) == config
    store = open_store(tmp_path / "till.db")
    try:
        seed_store(store, config)
        with store.read() as session:
            settings = all_settings(session)
        assert settings["fiscal"]["connection"]["device"] == "COM5" and settings["points_on_fiscal_receipt"] == "payment"
    finally:
        store.close()
    with pytest.raises(ConfigError, match="fiscal.driver"):
        parse_config('[fiscal]\ndriver = "epson"\n')
