/**
 * What every module may use: the data folder, the clock, the embedded database, message texts, the
 * audit log.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package com.chenbao.shared;
