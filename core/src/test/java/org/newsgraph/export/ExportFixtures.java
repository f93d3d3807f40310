package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Hand-made analyses in the shape {@code newsgraph analyze} writes, for the export tests. */
final class ExportFixtures {

  static final String TEXT = "Russian officials met Finnish diplomats in Helsinki on Monday.\\n\\nThe talks went on late.";

  static final String ANALYSIS = """
      {"schema":"newsgraph/1",
       "article":{"id":"a1b2c3d4e5f60718","url":"https://example.org/talks","title":"Talks in Helsinki",
         "outlet":"Example Wire","authors":[],"published":"2024-03-04T09:30:00+02:00","language":"en",
         "text":"%s","removed":[]},
       "entities":[
         {"id":"e1","name":"Russia","type":"COUNTRY","aliases":[],"roles":[],
          "kb":{"id":"RUS","name":"Russia","kind":"country","country":"RUS","sector":"GOV","cameo":"RUSGOV"},
          "mentions":[{"start":0,"end":7,"text":"Russian"}]},
         {"id":"e2","name":"Finland","type":"COUNTRY","aliases":[],"roles":[],
          "kb":{"id":"FIN","name":"Finland","kind":"country","country":"FIN"},
          "mentions":[{"start":22,"end":29,"text":"Finnish"}]},
         {"id":"e3","name":"Helsinki","type":"CITY","aliases":[],"roles":[],
          "kb":{"id":"geonames:658225","name":"Helsinki","kind":"place","country":"FIN"},
          "mentions":[{"start":43,"end":51,"text":"Helsinki"}]}],
       "quotes":[],"times":[],"figures":[],
       "events":[
         {"id":"v1","type":"CONSULT","cameo":"0431","quad":1,"mode":"visit",
          "actor":{"entity":"e1","name":"Russian officials","code":"RUSGOV"},
          "recipient":{"entity":"e2","name":"Finnish diplomats","code":"FINGOV"},
          "date":"2024-03-04","date_from_article":false,"place":"Helsinki",
          "negated":false,"hypothetical":false,"future":false,"evidence":{"start":18,"end":21}},
         {"id":"v2","type":"CONSULT","cameo":"040","quad":1,
          "actor":{"name":"talks","code":"---GOV"},
          "date":"2024-FA","date_from_article":false,
          "negated":false,"hypothetical":false,"future":false,"evidence":{"start":68,"end":73}}],
       "places":[{"entity":"e3","name":"Helsinki","geonames_id":658225,"lat":60.16952,"lon":24.93545,
         "country":"FIN","feature":"PPLC","confidence":0.9}],"focus":{},"framing":[],
       "tone":{"score":-1.25,"positive":2.5,"negative":3.75,"words":16}}
      """.formatted(TEXT).replace("\n", " ");

  static final String ERROR_RECORD =
      "{\"schema\":\"newsgraph/1\",\"input\":\"broken.html\",\"error\":{\"code\":\"empty\",\"message\":\"no text\"}}";

  private ExportFixtures() {}

  static JsonNode analysis() {
    try {
      return new ObjectMapper().readTree(ANALYSIS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
