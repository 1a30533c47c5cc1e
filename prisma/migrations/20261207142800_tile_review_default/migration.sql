-- A tile made by any route (studio, tiles/v1 import, seed) must be checked again six months later.
ALTER TABLE "tiles" ALTER COLUMN "review_by" SET DEFAULT (now() + '6 mons'::interval);
