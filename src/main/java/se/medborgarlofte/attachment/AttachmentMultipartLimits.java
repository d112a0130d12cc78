package se.medborgarlofte.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's multipart limits, derived from the attachments' own (replacing {@code spring.servlet.multipart.*}):
 * twice the largest attachment per file, so that a file somewhat too large still reaches {@link UploadCheck} and gets
 * its exact Swedish answer; anything larger is cut off by the servlet container unread and answered 413.
 */
@Configuration
class AttachmentMultipartLimits {

    /** Room for the form's other fields and the multipart boundaries. */
    private static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        long perFile = properties.maxSize().toBytes() * 2;
        factory.setMaxFileSize(DataSize.ofBytes(perFile));
        factory.setMaxRequestSize(DataSize.ofBytes(perFile + FORM_OVERHEAD.toBytes()));
        // files up to this size stay in memory; larger ones go to a temporary file until the request is done
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }
}
