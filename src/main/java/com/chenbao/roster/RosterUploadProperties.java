package com.chenbao.roster;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.roster.*}: how large a roster upload may be. A school of 3,000 pupils with two
 * guardians each is a 6,000-row, half-megabyte file; the caps leave ample room and keep a wrong or
 * hostile file from taking the service's memory.
 *
 * @param maxFileSize the uploaded file (413 beyond it)
 * @param maxRows non-blank rows over all sheets (400 beyond it)
 * @param maxSheetSize one unpacked part of an .xlsx file, e.g. a sheet's XML (400 beyond it;
 *     checked before the workbook is opened)
 */
@Validated
@ConfigurationProperties("chenbao.roster")
record RosterUploadProperties(
    @NotNull @DefaultValue("5MB") DataSize maxFileSize,
    @Min(1) @DefaultValue("20000") int maxRows,
    @NotNull @DefaultValue("20MB") DataSize maxSheetSize) {}
