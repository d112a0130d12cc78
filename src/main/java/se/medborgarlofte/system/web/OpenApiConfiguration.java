package se.medborgarlofte.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration
class OpenApiConfiguration {

    static {
        // documents and exports are answered as bytes: files, not base64 text
        SpringDocUtils.getConfig()
                .replaceWithSchema(byte[].class, new Schema<>().type("string").format("binary"));
    }

    @Bean
    OpenAPI medborgarlofteApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Medborgarlöfte API")
                        .version("1")
                        .description(
                                "Ärendeakten för medborgarlöften: löften, åtaganden, uppföljningar, beslut och dokument. "
                                        + "Fel besvaras som RFC 7807 problem details med en svensk detail."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
