package org.newsgraph.server.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.HandlerType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.server.ApiError;

/**
 * The OpenAPI 3.1 document of the API, built from the route table the server serves and from the Java types of
 * the answers (their schemas come from the records and their Jackson annotations), so it cannot drift from the code.
 */
public final class OpenApiDocument {

  private static final String ERROR_SCHEMA = "#/components/schemas/Body";

  private OpenApiDocument() {}

  /** The document as JSON. */
  public static String json(List<ApiRoute> routes, String version) {
    try {
      return Json31.pretty().writeValueAsString(build(routes, version));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the OpenAPI document", e);
    }
  }

  static OpenAPI build(List<ApiRoute> routes, String version) {
    ModelConverters converters = ModelConverters.getInstance(true);
    Map<String, Schema> schemas = new TreeMap<>();
    OpenAPI api = new OpenAPI(SpecVersion.V31).openapi("3.1.0")
        .info(new Info().title("newsgraph API").version(version)
            .description("Search a newsgraph store: articles, quotes, events and entities, each fact with the "
                + "character offsets of its words in the article text.")
            .license(new License().name("GPL-3.0-or-later").identifier("GPL-3.0-or-later")));
    Paths paths = new Paths();
    for (ApiRoute route : routes) {
      PathItem item = paths.computeIfAbsent(route.path(), key -> new PathItem());
      Operation operation = operation(route, converters, schemas);
      if (route.method().equals(HandlerType.GET)) {
        item.setGet(operation);
      } else if (route.method().equals(HandlerType.POST)) {
        item.setPost(operation);
      } else {
        throw new IllegalArgumentException("undocumentable method " + route.method());
      }
    }
    schemas.putAll(resolve(ApiError.Body.class, converters).referencedSchemas);
    api.setPaths(paths);
    api.setComponents(new Components().schemas(schemas).addSecuritySchemes("token",
        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
            .description("The token given to 'newsgraph serve' with --token or NEWSGRAPH_TOKEN")));
    return api;
  }

  private static Operation operation(ApiRoute route, ModelConverters converters, Map<String, Schema> schemas) {
    Operation operation = new Operation().operationId(route.operationId()).summary(route.summary())
        .addTagsItem(route.tag());
    for (ApiParam param : route.params()) {
      Schema<?> schema = new Schema<>().types(java.util.Set.of(param.type()));
      operation.addParametersItem(new Parameter().name(param.name()).in(param.in()).required(param.required())
          .description(param.description()).schema(schema).example(param.example()));
    }
    if (!route.body().isEmpty()) {
      Content content = new Content();
      route.body().forEach(type -> content.addMediaType(type, new MediaType().schema(new Schema<>()
          .types(java.util.Set.of("string")))));
      operation.requestBody(new RequestBody().required(true).content(content));
    }
    if (route.write()) {
      operation.addSecurityItem(new SecurityRequirement());
      operation.addSecurityItem(new SecurityRequirement().addList("token"));
    }
    ResolvedSchema resolved = resolve(route.response(), converters);
    schemas.putAll(resolved.referencedSchemas);
    Content ok = new Content();
    for (String format : route.formats()) {
      Schema<?> schema = "application/json".equals(format) ? resolved.schema : new Schema<>()
          .types(java.util.Set.of("string"));
      ok.addMediaType(format, new MediaType().schema(schema));
    }
    Content error = new Content().addMediaType("application/json",
        new MediaType().schema(new Schema<>().$ref(ERROR_SCHEMA)));
    ApiResponses responses = new ApiResponses()
        .addApiResponse("200", new ApiResponse().description("OK").content(ok))
        .addApiResponse("default", new ApiResponse().description("An error: code and message").content(error));
    return operation.responses(responses);
  }

  private static ResolvedSchema resolve(Class<?> type, ModelConverters converters) {
    return converters.resolveAsResolvedSchema(new io.swagger.v3.core.converter.AnnotatedType(type));
  }
}
