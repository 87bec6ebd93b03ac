#!/bin/sh
# Copy the dashboard's third-party browser libraries from node_modules into rasid/api/static/vendor/.
# Usage (from anywhere):  cd frontend && npm install && npm run vendor     (or: sh frontend/vendor.sh)
# The copied files are committed, so the Python package serves the dashboard without npm.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
nm="$here/node_modules"
dest="$here/../rasid/api/static/vendor"
if [ ! -d "$nm/leaflet/dist" ] || [ ! -d "$nm/leaflet.markercluster/dist" ] || [ ! -d "$nm/swagger-ui-dist" ]; then
  echo "vendor.sh: run 'npm install' in $here first" >&2
  exit 1
fi
rm -rf "$dest"
mkdir -p "$dest/images"
# Leaflet (BSD-2-Clause)
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$dest/"
cp "$nm/leaflet/dist/images/"*.png "$dest/images/"
cp "$nm/leaflet/LICENSE" "$dest/LICENSE-leaflet.txt"
# Leaflet.markercluster (MIT)
cp "$nm/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$nm/leaflet.markercluster/dist/MarkerCluster.css" \
   "$nm/leaflet.markercluster/dist/MarkerCluster.Default.css" "$dest/"
cp "$nm/leaflet.markercluster/MIT-LICENCE.txt" "$dest/LICENSE-leaflet.markercluster.txt"
# Swagger UI (Apache-2.0), for the API docs at /docs; its bundle's third-party notices come along
mkdir -p "$dest/swagger-ui"
cp "$nm/swagger-ui-dist/swagger-ui-bundle.js" "$nm/swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt" \
   "$nm/swagger-ui-dist/swagger-ui.css" "$nm/swagger-ui-dist/favicon-32x32.png" "$dest/swagger-ui/"
cp "$nm/swagger-ui-dist/LICENSE" "$dest/swagger-ui/LICENSE-swagger-ui.txt"
cp "$nm/swagger-ui-dist/NOTICE" "$dest/swagger-ui/NOTICE-swagger-ui.txt"
# the minified files point at source maps that are not shipped; drop the comment so no request 404s
for f in "$dest/leaflet.js" "$dest/leaflet.markercluster.js" "$dest/swagger-ui/swagger-ui-bundle.js" \
         "$dest/swagger-ui/swagger-ui.css"; do
  sed -i.bak -e '/^\/\/# sourceMappingURL=/d' -e '/^\/\*# sourceMappingURL=.*\*\/$/d' "$f" && rm -f "$f.bak"
done
lv=$(node -p "require('$nm/leaflet/package.json').version" 2>/dev/null || echo "?")
mv=$(node -p "require('$nm/leaflet.markercluster/package.json').version" 2>/dev/null || echo "?")
sv=$(node -p "require('$nm/swagger-ui-dist/package.json').version" 2>/dev/null || echo "?")
cat > "$dest/VERSIONS.txt" <<EOT
leaflet $lv (BSD-2-Clause) - https://leafletjs.com
leaflet.markercluster $mv (MIT) - https://github.com/Leaflet/Leaflet.markercluster
swagger-ui-dist $sv (Apache-2.0) - https://github.com/swagger-api/swagger-ui (swagger-ui/)
Copied from npm by frontend/vendor.sh; do not edit by hand.
EOT
echo "vendored into $dest:"
ls -R "$dest"
