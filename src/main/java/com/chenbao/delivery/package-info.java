/**
 * The delivery ledger: the only writer of {@code deliveries}; claims, sends (through the messaging
 * port), records and retries every outbound message once per delivery key.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.delivery;
