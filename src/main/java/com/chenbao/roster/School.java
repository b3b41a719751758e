package com.chenbao.roster;

import java.time.ZoneId;

/** A school known to Chenbao. {@code code} is its stable key in URLs and config files. */
public record School(long id, String code, String name, ZoneId zone) {}
