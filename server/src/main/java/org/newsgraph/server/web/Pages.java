package org.newsgraph.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders the precompiled page templates; every value written into a page is HTML-escaped by the engine. */
public final class Pages {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput();
    engine.render(template + ".jte", params, output);
    return output.toString();
  }
}
