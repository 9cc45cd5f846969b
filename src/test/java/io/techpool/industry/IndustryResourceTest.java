package io.techpool.industry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndustryResourceTest {

    @Test
    void list_returnsAllSectionsAndDivisions_inChineseByDefault() {
        given().when()
                .get("/api/v1/industries")
                .then()
                .statusCode(200)
                .body("", hasSize(20))
                .body("flatten { it.divisions }", hasSize(97))
                .body("find { it.code == 'C' }.name", equalTo("制造业"))
                .body("find { it.code == 'C' }.divisions.find { it.code == '38' }.zh", equalTo("电气机械和器材制造业"));
    }

    @Test
    void list_namesInEnglish_whenAskedFor() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/industries")
                .then()
                .statusCode(200)
                .body("find { it.code == 'C' }.name", equalTo("Manufacturing"))
                .body("find { it.code == 'A' }.name", equalTo("Agriculture, forestry, animal husbandry and fishery"));
    }
}
