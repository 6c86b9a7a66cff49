#!/usr/bin/env bash
# The ECMA-376 (1st edition, transitional) XML schemas, for the DOCX schema
# test (test/render/docx/schema.test.ts): taken from Apache POI's Debian
# source package, which ships them in ooxml-xsds/, checked against the
# package's SHA-256, and made loadable by libxml2 (xmllint --schema):
#
# - libxml2 honours only the first xsd:import of a namespace, and the
#   DrawingML main namespace is split over 28 files: one dml-main.xsd
#   includes them all, and every import of that namespace points to it;
# - the xml: namespace (xml:space, xml:lang) is imported without a location
#   (the W3C's, which cannot be fetched here): a local xml.xsd declares it;
# - Dublin Core's dc and dcterms schemas (for docProps/core.xml) live at
#   dublincore.org, which cannot be reached either: local stand-ins declare
#   their elements as text, so core.xml's structure is still checked.
#
# Usage: scripts/fetch-ooxml-schemas.sh [DIR]   (default .cache/ooxml-schemas)
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-.cache/ooxml-schemas}"
if [ -f "$dir/wml.xsd" ] && [ -f "$dir/dml-main.xsd" ]; then exit 0; fi

version=4.0.1
archive="libapache-poi-java_${version}.orig.tar.xz"
sha256=54db524e2bae73658e4fdb3a6e2d69cb4137638ace71fcde93659be2695287ea
url="http://deb.debian.org/debian/pool/main/liba/libapache-poi-java/$archive"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Fetching the OOXML schemas from Debian's $archive"
curl -fsSL --retry 3 -o "$work/$archive" "$url"
echo "$sha256  $work/$archive" | sha256sum -c --quiet -
tar -xJf "$work/$archive" -C "$work" "apache-poi-$version/ooxml-xsds"
mkdir -p "$dir"
cp "$work/apache-poi-$version/ooxml-xsds/"*.xsd "$dir/"

main=http://schemas.openxmlformats.org/drawingml/2006/main
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"$main\" elementFormDefault=\"qualified\">"
  for file in $(grep -l "targetNamespace=\"$main\"" "$dir"/dml-*.xsd | sort); do
    echo "  <xsd:include schemaLocation=\"$(basename "$file")\"/>"
  done
  echo '</xsd:schema>'
} > "$dir/dml-main.tmp"
mv "$dir/dml-main.tmp" "$dir/dml-main.xsd"
# Imports of the main namespace (never its files' own includes) point to the one wrapper.
sed -i -E "s#(<xsd:import[^>]*)schemaLocation=\"dml-[A-Za-z0-9]+\.xsd\"([^>]*namespace=\"$main\")#\1schemaLocation=\"dml-main.xsd\"\2#; s#(<xsd:import[^>]*namespace=\"$main\"[^>]*)schemaLocation=\"dml-[A-Za-z0-9]+\.xsd\"#\1schemaLocation=\"dml-main.xsd\"#" "$dir"/*.xsd
sed -i -E 's#<xsd:import ([^>]*)namespace="http://www.w3.org/XML/1998/namespace"[^>]*/>#<xsd:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>#' "$dir"/*.xsd
sed -i -E 's#schemaLocation="http://dublincore.org/schemas/xmls/qdc/2003/04/02/(dc|dcterms)\.xsd"#schemaLocation="\1.xsd"#' "$dir/opc-coreProperties.xsd"

cat > "$dir/xml.xsd" <<'XSD'
<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="space">
    <xs:simpleType><xs:restriction base="xs:NCName"><xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType>
  </xs:attribute>
  <xs:attribute name="lang" type="xs:language"/>
</xs:schema>
XSD
cat > "$dir/dc.xsd" <<'XSD'
<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xml="http://www.w3.org/XML/1998/namespace" targetNamespace="http://purl.org/dc/elements/1.1/" elementFormDefault="qualified">
  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>
  <xs:complexType name="SimpleLiteral" mixed="true"><xs:sequence/><xs:attribute ref="xml:lang"/></xs:complexType>
  <xs:element name="any" type="dc:SimpleLiteral" abstract="true"/>
  <xs:element name="title" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
  <xs:element name="creator" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
  <xs:element name="subject" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
  <xs:element name="description" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
  <xs:element name="identifier" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
  <xs:element name="language" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
</xs:schema>
XSD
cat > "$dir/dcterms.xsd" <<'XSD'
<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:dc="http://purl.org/dc/elements/1.1/" targetNamespace="http://purl.org/dc/terms/" elementFormDefault="qualified">
  <xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="dc.xsd"/>
  <xs:element name="created" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
  <xs:element name="modified" substitutionGroup="dc:any" type="dc:SimpleLiteral"/>
  <xs:complexType name="W3CDTF" mixed="true"><xs:complexContent><xs:extension base="dc:SimpleLiteral"/></xs:complexContent></xs:complexType>
</xs:schema>
XSD
echo "OOXML schemas in $dir"
