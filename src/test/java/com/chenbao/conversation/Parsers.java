package com.chenbao.conversation;

import com.chenbao.forms.FormCatalog;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Test fixtures: a parser over the shipped templates, or over a templates dir with overrides. */
final class Parsers {

  private Parsers() {}

  static ReplyParser shipped() {
    return withTemplates(null);
  }

  static ReplyParser withTemplates(@Nullable Path dir) {
    TemplateProperties properties = new TemplateProperties(dir);
    MessageTexts texts = new MessageTexts(properties);
    return new ReplyParser(properties, texts, new FormCatalog(properties, texts));
  }

  static FormCatalog forms() {
    TemplateProperties properties = new TemplateProperties(null);
    return new FormCatalog(properties, new MessageTexts(properties));
  }
}
