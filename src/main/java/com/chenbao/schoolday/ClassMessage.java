package com.chenbao.schoolday;

/** A message for a class teacher, worded from bot-templates: markdown with its title. */
public record ClassMessage(String title, String text) {}
