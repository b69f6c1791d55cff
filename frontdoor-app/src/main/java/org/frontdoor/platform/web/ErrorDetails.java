package org.frontdoor.platform.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/** Error pages and error JSON carry the request id, so a person can quote it and support can find the log lines. */
@Component
class ErrorDetails extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        var attributes = super.getErrorAttributes(request, options);
        attributes.put("requestId", RequestIds.current());
        return attributes;
    }
}
