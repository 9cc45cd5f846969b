package io.techpool.industry;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/v1/industries")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class IndustryResource {

    /** A division as listed under its section. */
    public record DivisionView(String code, String name, String zh, String en) {}

    /** A section with its divisions; {@code name} is in the caller's language. */
    public record SectionView(String code, String name, String zh, String en, List<DivisionView> divisions) {}

    @Inject
    IndustryCatalog catalog;

    @Inject
    CurrentLanguage currentLanguage;

    @GET
    public List<SectionView> list() {
        Language language = currentLanguage.get();
        List<Industry> all = catalog.all();
        return all.stream()
                .filter(Industry::isSection)
                .map(section -> new SectionView(
                        section.code(),
                        language.pick(section.nameZh(), section.nameEn()),
                        section.nameZh(),
                        section.nameEn(),
                        all.stream()
                                .filter(i -> !i.isSection() && i.section().equals(section.code()))
                                .map(d -> new DivisionView(
                                        d.code(), language.pick(d.nameZh(), d.nameEn()), d.nameZh(), d.nameEn()))
                                .toList()))
                .toList();
    }
}
