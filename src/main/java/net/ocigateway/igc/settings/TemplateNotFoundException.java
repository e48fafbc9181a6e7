package net.ocigateway.igc.settings;

/** A request named a template that the catalog does not hold (400, code 11 TEMPLATE_NOT_FOUND). */
public class TemplateNotFoundException extends RuntimeException {

    private final String templateName;

    public TemplateNotFoundException(String templateName) {
        super("no instant group call template named '" + templateName + "'");
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
