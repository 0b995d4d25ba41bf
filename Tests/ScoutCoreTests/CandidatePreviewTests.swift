import Foundation
import ScoutCore
import Testing

@Suite("Candidate previews")
struct CandidatePreviewTests {
    @Test func theStatedLocationCarriesTheCountry() {
        // A place written in another script is still known by the country the vendor parsed.
        let shenzhen = CandidatePreview(employeeID: 1, name: "A", location: "深圳市, 广东", country: "China")
        #expect(shenzhen.statedLocation == "深圳市, 广东, China")
        #expect(PlaceSet.parse("Remote within Europe").contains(location: shenzhen.statedLocation!) == false)
        // The country is not repeated, and either part alone is enough.
        #expect(
            CandidatePreview(employeeID: 2, name: "B", location: "Berlin, Germany", country: "Germany").statedLocation
                == "Berlin, Germany")
        #expect(CandidatePreview(employeeID: 3, name: "C", country: "Portugal").statedLocation == "Portugal")
        #expect(CandidatePreview(employeeID: 4, name: "D", location: "  ", country: nil).statedLocation == nil)
    }

    @Test func aPreviewStoredBeforeTheCountryFieldStillDecodes() throws {
        let json = #"{"employeeID": 5, "name": "E", "location": "Lisbon"}"#
        let preview = try JSONDecoder().decode(CandidatePreview.self, from: Data(json.utf8))
        #expect(preview.country == nil && preview.statedLocation == "Lisbon")
    }
}
