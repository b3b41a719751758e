package com.chenbao.alert;

/** The round an alert belongs to. */
record AlertContext(long roundId, long schoolId, String formCode) {}
