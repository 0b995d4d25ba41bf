import Foundation
import ScoutCore
import Testing

@Suite("Places: what a JD accepts, where a person is")
struct PlacesTests {
    @Test func regionsCountriesAndCitiesFromFreeText() {
        let dach = PlaceSet.parse(
            "Berlin or Wrocław · Hybrid, or remote within Germany, Austria, Switzerland or Poland")
        #expect(dach.cities == ["Berlin", "Wroclaw"])
        #expect(dach.countries == ["Germany", "Austria", "Switzerland", "Poland"])
        #expect(PlaceSet.parse("Remote within the EU").countries.contains("Ireland"))
        #expect(!PlaceSet.parse("Remote within the EU").countries.contains("United Kingdom"))
        #expect(PlaceSet.parse("UK or Ireland, hybrid").countries == ["United Kingdom", "Ireland"])
        #expect(PlaceSet.parse("Anywhere in North America").countries == ["United States", "Canada"])
        #expect(PlaceSet.parse("Come work with us").isEmpty)  // "us" in prose is not a country
        #expect(PlaceSet.parse("Fully remote, async").isEmpty)
    }

    @Test func aPersonIsMatchedByCountryOrCityNeverByAWord() {
        let uk = PlaceSet.parse("London, UK")
        #expect(uk.contains(location: "Seattle, Washington, United States") == false)  // "United …" is not "United …"
        #expect(uk.contains(location: "Manchester, England, United Kingdom") == true)
        #expect(uk.contains(location: "Greater London") == true)
        #expect(uk.contains(location: "Atlantis") == nil)
        let munich = PlaceSet.parse("Remote within DACH")
        #expect(munich.contains(location: "München, Bayern, Deutschland") == true)
        #expect(munich.contains(location: "Wien, Österreich") == true)
        #expect(PlaceSet.parse("Berlin").contains(location: "Munich, Germany") == false)
        #expect(PlaceSet.locate("San Francisco Bay Area") == ("San Francisco", "United States"))
    }
}

@Suite("Places: open roles")
struct OpenPlacesTests {
    @Test func relocationAndRemoteFirstOpenTheRoleUnlessLimitedWithin() {
        #expect(PlaceSet.parse("Amsterdam, Netherlands · Hybrid · Relocation & visa sponsorship provided").isEmpty)
        #expect(PlaceSet.parse("Remote-first (hubs in Austin and Tel Aviv)").isEmpty)
        #expect(PlaceSet.parse("Remote (any country where we can hire) or in our Lisbon office").isEmpty)
        #expect(
            PlaceSet.parse("Berlin office two days a week, or fully remote from anywhere in the EU or the UK").countries
                .isSuperset(of: ["Germany", "Ireland", "United Kingdom"]))
        #expect(PlaceSet.parse("Work from anywhere, async").isEmpty)
        #expect(PlaceSet.parse("Fully remote within the EU").countries.contains("Germany"))
        #expect(PlaceSet.parse("Staff platform engineer, remote US").countries == ["United States"])
        #expect(PlaceSet.primary(in: "Berlin or Wrocław · remote within Germany") == "Berlin")
    }
}
