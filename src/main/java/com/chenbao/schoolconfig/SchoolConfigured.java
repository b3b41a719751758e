package com.chenbao.schoolconfig;

/**
 * A school configuration file was applied (at start-up or through the admin API). Published inside
 * the applying transaction, so transactional listeners see it after commit. Published on every
 * apply, also when nothing changed, so listeners must be idempotent.
 */
public record SchoolConfigured(String schoolCode) {}
